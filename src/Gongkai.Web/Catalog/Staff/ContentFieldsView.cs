using Gongkai.Domain;
using Gongkai.Domain.Catalog;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>What the item form's fields show: the values, the agency's lists, and the problems of the last post.</summary>
public sealed record ContentFieldsView(ContentForm Form, CatalogSettings Settings, IReadOnlyList<JsonProblem> Problems);
