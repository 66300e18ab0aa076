using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>The letters of an application follow from its event log: one per step that calls for one, in order, with its article.</summary>
public sealed class ReplyLettersTests
{
    private static readonly Dictionary<ApplicationAction, (LetterKind Kind, string Basis)> Calls = new()
    {
        [ApplicationAction.Accept] = (LetterKind.Receipt, "条例第三十一条"),
        [ApplicationAction.RequestCorrection] = (LetterKind.Correction, "条例第三十条"),
        [ApplicationAction.ConsultThirdParty] = (LetterKind.ThirdPartyConsultation, "条例第三十二条"),
        [ApplicationAction.ConsultAgency] = (LetterKind.AgencyConsultation, "条例第三十四条"),
        [ApplicationAction.Extend] = (LetterKind.Extension, "条例第三十三条第二款"),
        [ApplicationAction.NoticeFee] = (LetterKind.FeeNotice, "条例第四十二条；国办函〔2020〕109号"),
        [ApplicationAction.Assign] = (LetterKind.Transfer, "条例第四条"),
    };

    public static TheoryData<ApplicationState> States() => [.. Enum.GetValues<ApplicationState>()];

    [Theory]
    [MemberData(nameof(States))]
    public void EveryStateHasTheLettersOfThePathThatReachedIt(ApplicationState state)
    {
        var application = ApplicationScenarios.InState(state);
        var expected = ApplicationScenarios.PathTo(state)
            .Select(a => Calls.TryGetValue(a, out var call) ? call
                : a == ApplicationAction.Decide ? (LetterKind.Decision, application.DecisionBasis!) : default((LetterKind, string)?))
            .OfType<(LetterKind Kind, string Basis)>().ToList();

        var letters = ReplyLetters.Of(application, "某局");

        Assert.Equal(expected, letters.Select(l => (l.Kind, l.Basis)));
        Assert.Equal(Enumerable.Range(1, letters.Count), letters.Select(l => l.Number));
        Assert.All(letters, l => Assert.Equal(l.Kind == LetterKind.Decision, l.StatesRemedies));
        Assert.All(letters, l => Assert.DoesNotContain(application.Applicant.IdNumber, string.Concat(l.Paragraphs), StringComparison.Ordinal));
        Assert.All(letters, l => Assert.Equal(application.Events.Single(e => e.Sequence == l.EventSequence).On, l.On));
    }

    [Fact]
    public void AnEmailedLetterIsRecordedWithoutMovingTheApplicationOrBlockingAnEarlierDatedStep()
    {
        var application = ApplicationScenarios.InState(ApplicationState.Accepted);
        var (state, due, revision) = (application.State, application.DueOn, application.Revision);
        var earlier = ApplicationScenarios.Clock.Calendar.AddWorkingDays(application.LastEventOn, 1);
        var later = ApplicationScenarios.Clock.Calendar.AddWorkingDays(application.LastEventOn, 5);
        application.RecordLetterSent("editor", new DateTimeOffset(later.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), later, "政府信息公开申请登记回执", "a@example.com");

        Assert.Equal((state, due, revision + 1), (application.State, application.DueOn, application.Revision));
        Assert.Equal((ApplicationEvent.LetterSent, "条例第四十条"), (application.Events[^1].Action, application.Events[^1].Basis));
        Assert.Single(ReplyLetters.Of(application, "某局"));

        application.ConsultThirdParty(ApplicationScenarios.Context(earlier), "某公司", "是否同意公开");
        Assert.Equal(ApplicationState.Consulting, application.State);
    }
}
