using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalog.Data;

internal sealed class CatalogSettingsConfiguration : IEntityTypeConfiguration<CatalogSettings>
{
    public void Configure(EntityTypeBuilder<CatalogSettings> settings)
    {
        settings.ToTable("CatalogSettings");
        settings.HasKey(s => s.AgencyId);
        settings.Property(s => s.AgencyId).ValueGeneratedNever();
        settings.HasOne<Agency>().WithOne().HasForeignKey<CatalogSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
        settings.Property(s => s.OrganisationCode).HasMaxLength(20);
        settings.Property(s => s.IndexTemplate).HasMaxLength(60);
        settings.Property(s => s.Revision).IsConcurrencyToken();
        settings.Ignore(s => s.Template);
        settings.Ignore(s => s.CategoryList);
        settings.Ignore(s => s.GenreList);
        settings.Ignore(s => s.ColumnList);
        settings.ComplexProperty(s => s.Office, office =>
        {
            foreach (var name in new[] { nameof(OfficeContacts.OfficeName), nameof(OfficeContacts.Address), nameof(OfficeContacts.PostCode), nameof(OfficeContacts.Hours), nameof(OfficeContacts.Phone), nameof(OfficeContacts.Fax), nameof(OfficeContacts.Email), nameof(OfficeContacts.Website) })
            {
                office.Property<string?>(name).HasColumnName("Office" + name).HasMaxLength(OfficeContacts.FieldMax);
            }

            office.Property(o => o.Notes).HasColumnName("OfficeNotes").HasMaxLength(4000);
        });
    }
}
