using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>What an application must say (条例第二十九条), the masking of personal data, and the outcomes' labels.</summary>
public sealed class ApplicationIntakeRulesTests
{
    [Fact]
    public void AValidApplicationHasNoProblems() =>
        Assert.Empty(ApplicationIntakeRules.Check(ApplicationScenarios.Person(), ApplicationScenarios.Request()));

    [Fact]
    public void EveryMissingFieldIsNamedWithItsPath()
    {
        var problems = ApplicationIntakeRules.Check(new ApplicantDetails(), new InformationRequest { Way = DeliveryWay.Post });
        var paths = problems.Select(p => p.Path).ToHashSet();
        Assert.Superset(new HashSet<string> { "$.name", "$.idDocumentType", "$.idNumber", "$.phone", "$.address", "$.description" }, paths);
        Assert.All(problems, p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.Message));
    }

    [Theory]
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310029", false)]
    [InlineData("1101051949123100", false)]
    public void AResidentIdCardNumberMustCarryItsCheckCharacter(string id, bool valid) =>
        Assert.Equal(valid, ApplicationIntakeRules.IsResidentId(id));

    [Fact]
    public void RandomResidentIdsWithTheirComputedCheckAreAcceptedAndAnyOtherCheckIsNot()
    {
        var random = new Random(29);
        for (var i = 0; i < 500; i++)
        {
            var first = string.Concat(Enumerable.Range(0, 17).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
            var check = ApplicationIntakeRules.ResidentIdCheck(first);
            Assert.True(ApplicationIntakeRules.IsResidentId(first + check));
            var wrong = "0123456789X".First(c => c != check);
            Assert.False(ApplicationIntakeRules.IsResidentId(first + wrong));
        }
    }

    [Fact]
    public void ChoosingPostOrEmailRequiresTheAddressOrTheMailbox()
    {
        var person = ApplicationScenarios.Person() with { Address = null };
        Assert.Contains(ApplicationIntakeRules.Check(person, ApplicationScenarios.Request() with { Way = DeliveryWay.Post }), p => p.Path == "$.address");
        Assert.Contains(ApplicationIntakeRules.Check(person, ApplicationScenarios.Request() with { Way = DeliveryWay.Email }), p => p.Path == "$.email");
    }

    [Fact]
    public void TheSameApplicantHasTheSameKeyWhateverTheSpacingAndCase() =>
        Assert.Equal(
            ApplicationIntakeRules.ApplicantKey(ApplicationScenarios.Person("11010519491231002x")),
            ApplicationIntakeRules.ApplicantKey(ApplicationScenarios.Person(" 11010519491231002X ")));

    [Theory]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("87654321", "87****21")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    public void NumbersAreMaskedButTheirEndsShow(string number, string masked) =>
        Assert.Equal(masked, PersonalDataMask.IdNumber(number));

    [Fact]
    public void NoMaskShowsMoreThanSevenCharactersOfTheNumber()
    {
        var random = new Random(8);
        for (var i = 0; i < 200; i++)
        {
            var number = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next('0', '9' + 1)));
            var masked = PersonalDataMask.Phone(number);
            Assert.Equal(number.Length, masked.Length);
            Assert.True(masked.Count(c => c != '*') <= Math.Min(7, number.Length * 2 / 3), $"{number} → {masked}");
        }

        Assert.Equal("z***@example.cn", PersonalDataMask.Email("zhang.san@example.cn"));
    }

    [Fact]
    public void EveryOutcomeIsALeafOfTable3WithTheTemplatesLabel()
    {
        var template = ReportTemplate.ForYear(2024);
        var rows = Enum.GetValues<DisclosureOutcome>().Select(o => RecordedFigures.RowKey(o, template)).ToList();
        Assert.Equal(template.OutcomeLeaves.Select(r => r.Key).Order(), rows.Order());
        foreach (var outcome in Enum.GetValues<DisclosureOutcome>())
        {
            var row = template.ApplicationRows.Single(r => r.Key == RecordedFigures.RowKey(outcome, template));
            Assert.StartsWith(DecisionBases.Label(outcome), row.Label, StringComparison.Ordinal);
            Assert.Equal(row.Group ?? "", DecisionBases.Caption(outcome).Contains(' ', StringComparison.Ordinal) ? DecisionBases.Caption(outcome).Split(' ')[0] : "");
        }

        Assert.Equal(["other"], Enum.GetValues<DisclosureOutcome>().Where(o => o.ToString().StartsWith("Other", StringComparison.Ordinal))
            .Select(o => RecordedFigures.RowKey(o, ReportTemplate.ForYear(2020))).Distinct());
    }
}
