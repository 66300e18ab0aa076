namespace Gongkai.Reading;

/// <summary>Placeholder until the reader branch lands.</summary>
internal static class ReadingPlaceholder;
