using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.AnnualReports;

/// <summary>Tables 三 and 四 from tallies of records satisfy C1–C5 by construction, in both formats.</summary>
public sealed class RecordedFiguresTests
{
    [Theory]
    [InlineData(2020)]
    [InlineData(2024)]
    public void RandomConsistentTalliesGiveTablesWithoutErrors(int year)
    {
        var random = new Random(year);
        for (var round = 0; round < 100; round++)
        {
            var (applications, appeals, applicationCount) = RandomTallies(random);
            var figures = ReportFigures.Zero(year);
            RecordedFigures.Fill(figures, applications, appeals);

            var errors = ReportChecker.Check(figures).Where(f => f.Severity == FindingSeverity.Error && f.Where?.StartsWith("proactive", StringComparison.Ordinal) != true).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
            Assert.Equal(applicationCount, (int)(figures.Application("new_received", 6)!.Value + figures.Application("carried_over", 6)!.Value));
            Assert.Equal(appeals.Where(a => a.Kind == AppealKind.Reconsideration).Sum(a => a.Count), (int)figures.Appeal("reconsideration", 4)!.Value);
        }
    }

    [Fact]
    public void FillingChangesOnlyTheCellsOfTables3And4ThatTheRecordsGive()
    {
        var typed = ReportFigures.Zero(2024);
        typed["proactive.rules.issued"] = 5;
        var recorded = typed.Clone();
        RecordedFigures.Fill(recorded, [new ApplicationTally(ApplicantType.CommercialEnterprise, DisclosureOutcome.Granted, 1, 0, 1, 0)], []);

        var differences = recorded.ChangesSince(typed).Select(d => (d.Cell.Path, d.Before, d.After)).ToList();
        Assert.Equal(
        [
            ("applications.new_received[1]", "0", "1"), ("applications.new_received[6]", "0", "1"),
            ("applications.granted[1]", "0", "1"), ("applications.granted[6]", "0", "1"),
            ("applications.total[1]", "0", "1"), ("applications.total[6]", "0", "1"),
        ], differences);
    }

    /// <summary>
    /// Tallies as the database would give them for a random set of applications: each either new or carried
    /// over, and either decided (one outcome) or carried forward.
    /// </summary>
    private static (List<ApplicationTally>, List<AppealTally>, int) RandomTallies(Random random)
    {
        var outcomes = Enum.GetValues<DisclosureOutcome>();
        var tallies = new List<ApplicationTally>();
        var count = random.Next(0, 300);
        for (var i = 0; i < count; i++)
        {
            var isNew = random.Next(4) > 0;
            var decided = random.Next(5) > 0;
            tallies.Add(new ApplicationTally(
                (ApplicantType)random.Next(6), decided ? outcomes[random.Next(outcomes.Length)] : null,
                isNew ? 1 : 0, isNew ? 0 : 1, decided ? 1 : 0, decided ? 0 : 1));
        }

        var appeals = Enumerable.Range(0, random.Next(0, 20))
            .Select(_ => new AppealTally((AppealKind)random.Next(3), (AppealResult)random.Next(4), random.Next(1, 4))).ToList();
        return (tallies, appeals, count);
    }
}
