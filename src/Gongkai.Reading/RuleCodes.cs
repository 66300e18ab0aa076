namespace Gongkai.Reading;

/// <summary>
/// The reader's own finding codes, beside the domain rules C1–C11 (docs/checks.md). S* are faults of the
/// report's structure; R* are notes about the reading itself. The table in README.md explains each.
/// </summary>
public static class RuleCodes
{
    /// <summary>A section heading (一 to 六) is missing.</summary>
    public const string MissingSection = "S1";

    /// <summary>Sections are out of order.</summary>
    public const string SectionOrder = "S2";

    /// <summary>The year in the title differs from the statistics period or the year the text speaks of.</summary>
    public const string YearMismatch = "S3";

    /// <summary>The tables follow the other template than the report year requires.</summary>
    public const string WrongTemplate = "S4";

    /// <summary>A table or a row of a table was not found.</summary>
    public const string MissingRow = "S5";

    /// <summary>Cells printed with no separator were split back uniquely by the template's arithmetic.</summary>
    public const string Recovered = "R1";

    /// <summary>Several splits fit every rule: the cell is null and the candidates are listed.</summary>
    public const string Ambiguous = "R2";

    /// <summary>No split fits the rules (the printed numbers break them, or a cell was left blank): cells null.</summary>
    public const string NoSplit = "R3";

    /// <summary>The split search hit its node budget: cells null.</summary>
    public const string CutOff = "R4";

    /// <summary>A caption or header is unreadable (e.g. printed as “?”) and was taken by its position.</summary>
    public const string Unreadable = "R5";

    /// <summary>A caption or label differs from the template's wording (typo, abbreviation) and was matched anyway.</summary>
    public const string Wording = "R6";

    /// <summary>A row's cells could not be read (wrong number of cells, text where a number belongs): cells null.</summary>
    public const string BadRow = "R7";

    /// <summary>Cells printed as “—”, “-”, “/” or “无” were read as 0.</summary>
    public const string DashAsZero = "R8";

    /// <summary>Traditional characters were converted with the built-in table because OpenCC is not installed.</summary>
    public const string ScriptFallback = "R9";

    /// <summary>Labels and figure rows of a table had come apart; the rows were placed by the template's row order and sums.</summary>
    public const string Placed = "R10";

    /// <summary>Several placements of the figure rows fit the row order and every sum: the cells they disagree on are null.</summary>
    public const string PlacementAmbiguous = "R11";

    /// <summary>The figure rows cannot be placed: no placement fits the row order and the sums (cells null).</summary>
    public const string NoPlacement = "R12";

    /// <summary>A row printed one figure too many (a page number or mark); the figure the sums rule out was dropped.</summary>
    public const string Stray = "R13";

    /// <summary>A cell of table 二 printed away from its row (above the table, with a note such as “（其中修订 5 件）”).</summary>
    public const string Floated = "R14";

    /// <summary>A cell undecided in its own report was settled by a neighbouring year's report or the report's prose.</summary>
    public const string Settled = "R15";

    /// <summary>A figure the report states twice (in prose and in its 统计表, say) with two values: neither is taken.</summary>
    public const string StatedConflict = "R16";

    /// <summary>Pages without a text layer were read by OCR.</summary>
    public const string Ocr = "R17";

    /// <summary>A figure read by OCR that the tables' arithmetic does not confirm: null, with the reading.</summary>
    public const string OcrUnconfirmed = "R18";
}
