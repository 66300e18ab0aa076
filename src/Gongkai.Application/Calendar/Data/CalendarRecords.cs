using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Calendar.Data;

/// <summary>
/// A row of an imported holiday notice (<c>gongkai calendar import</c>). The years imported replace the
/// shipped rows of the same years; the others come from the shipped CSV.
/// </summary>
public sealed class ImportedArrangementDay
{
    public DateOnly Date { get; set; }
    public DayKind Kind { get; set; }
    public string Holiday { get; set; } = "";
    public int ArrangementYear { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";

    public ArrangementRow ToRow() => new(Date, Kind, Holiday, ArrangementYear);
}

/// <summary>An agency's own change to the national arrangement; it holds for the agency and every agency beneath it.</summary>
public sealed class AgencyCalendarDay
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public DateOnly Date { get; set; }
    public DayKind Kind { get; set; }

    /// <summary>Its basis, e.g. 内蒙古自治区人民政府关于…的通知.</summary>
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public CalendarOverride ToOverride() => new(Date, Kind, Reason);
}

/// <summary>Every change of the calendar, in order: its id is the calendar's revision, which every process compares to its cached copy.</summary>
public sealed class CalendarChange
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public int? AgencyId { get; set; }
    public string Summary { get; set; } = "";
}

internal sealed class CalendarRecordsConfiguration :
    IEntityTypeConfiguration<ImportedArrangementDay>, IEntityTypeConfiguration<AgencyCalendarDay>, IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<ImportedArrangementDay> day)
    {
        day.ToTable("CalendarArrangementDays");
        day.HasKey(d => d.Date);
        day.HasIndex(d => d.ArrangementYear);
        day.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        day.Property(d => d.Holiday).HasMaxLength(50);
        day.Property(d => d.ImportedBy).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<AgencyCalendarDay> day)
    {
        day.ToTable("CalendarAgencyDays");
        day.HasIndex(d => new { d.AgencyId, d.Date }).IsUnique();
        day.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
        day.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        day.Property(d => d.Reason).HasMaxLength(200);
        day.Property(d => d.CreatedBy).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<CalendarChange> change)
    {
        change.ToTable("CalendarChanges");
        change.Property(c => c.Actor).HasMaxLength(256);
        change.Property(c => c.Summary).HasMaxLength(1000);
    }
}
