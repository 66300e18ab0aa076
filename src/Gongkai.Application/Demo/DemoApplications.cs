using System.Security.Cryptography;
using System.Text;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.Demo;

/// <summary>
/// The demo department's applications: a realistic year (2024, with a few carried over from December 2023 and
/// into January 2025) and a handful still open in the weeks before today, each driven through the aggregate's
/// own steps with their dates, so that the 2024 report's tables 三 can be filled from records and the work list
/// shows deadlines near and past. Deterministic: the same seed, the same applications; their tracking numbers
/// are GKDEMO-….
/// </summary>
internal sealed class DemoApplications(GongkaiDbContext db, int agency, TimeProvider clock)
{
    private static readonly string[] Matters =
    [
        "2024年城区占道经营集中整治的执法依据和工作方案", "某小区违法建设查处的行政处罚决定书", "城市道路挖掘许可的批准文件", "户外广告设施设置审批结果",
        "市容环境卫生责任区的划分文件", "渣土运输车辆管理的规范性文件", "共享单车停放管理的相关规定", "本局2023年行政处罚案件的统计数据",
        "某路段停车泊位设置的依据", "城区供热管网维修期间的道路占用许可", "某商铺门前三包责任书", "城市管理综合执法局的机构设置和职能",
    ];

    private static readonly string[] Names = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"];

    private readonly StatutoryClock _clock = new(OfficialArrangement.Calendar);
    private readonly Random _random = new(20241);
    private readonly DateOnly _today = ShanghaiTime.Today(clock);
    private int _number;

    public void Seed()
    {
        if (_today < new DateOnly(2025, 3, 1) || !_clock.Calendar.Covers(_today))
        {
            return; // a clock before the demo's year, or beyond the loaded calendar: no demo history
        }

        for (var i = 0; i < 4; i++)
        {
            Settled(new DateOnly(2023, 12, 11).AddDays(_random.Next(0, 18)));
        }

        for (var i = 0; i < 46; i++)
        {
            Settled(new DateOnly(2024, 1, 2).AddDays(_random.Next(0, 362)));
        }

        foreach (var (back, state) in new[] { (21, ApplicationState.Accepted), (19, ApplicationState.Assigned), (17, ApplicationState.Consulting), (12, ApplicationState.UnderReview), (6, ApplicationState.SignedFor), (1, ApplicationState.Submitted) })
        {
            Open(Back(_today, back), state);
        }
    }

    /// <summary>An application received on <paramref name="received"/> and answered some working days later.</summary>
    private void Settled(DateOnly received)
    {
        var (application, on) = Receive(received);
        if (application.State == ApplicationState.Submitted)
        {
            on = Step(application, on, 0, a => a.Sign);
        }

        on = Step(application, on, 1, a => a.Accept);
        var fate = _random.Next(100);
        if (fate < 4)
        {
            on = Step(application, on, 1, a => c => a.RequestCorrection(c, "请补充所需信息的具体路段和时间范围", 10));
            Step(application, on, 12, a => a.AbandonUncorrected);
            return;
        }

        if (fate < 12)
        {
            on = Step(application, on, 1, a => c => a.RequestCorrection(c, "请写明所需信息的文号或形成时间", 10));
            on = Step(application, on, 4, a => a.ReceiveCorrection);
        }

        if (fate is >= 12 and < 22)
        {
            var withAgency = _random.Next(3) == 0;
            on = Step(application, on, 2, a => c => (withAgency ? (Action<ActionContext, string, string>)a.ConsultAgency : a.ConsultThirdParty)(c, withAgency ? "根河市自然资源局" : "根河市某物业服务有限公司", "所需信息涉及其商业秘密或系共同制作，征求是否同意公开"));
            on = Step(application, on, _random.Next(5, 15), a => c => a.ReceiveOpinions(c, _random.Next(2) == 0 ? "同意公开" : "不同意公开，理由是涉及商业秘密"));
        }

        if (fate is >= 22 and < 25)
        {
            on = Step(application, on, 2, a => c => a.NoticeFee(c, InformationProcessingFee.PerPage(80), 500m));
            if (fate == 24)
            {
                Step(application, on, 21, a => a.AbandonUnpaid);
                return;
            }

            on = Step(application, on, 3, a => a.ConfirmPayment);
        }

        if (_random.Next(100) < 6)
        {
            on = Step(application, on, 1, a => c => a.Extend(c, "所需信息数量较多，需调取档案核实"));
        }

        if (_random.Next(100) < 35)
        {
            on = Step(application, on, 1, a => c => a.Assign(c, "editor", agency, "根河市城市管理综合执法局"));
        }

        var outcome = Outcome(application.CorrectedOn is not null);
        on = Step(application, on, _random.Next(2, 8), a => c => a.SubmitDraft(c, outcome, outcome == DisclosureOutcome.OtherOther ? "申请人撤回申请" : null, Reply(outcome)));
        on = Step(application, on, 1, a => a.ApproveDraft, "reviewer");
        on = Step(application, on, 1, a => a.Decide);
        if (on < Back(_today, 10))
        {
            Step(application, on, 2, a => a.Close);
        }
    }

    /// <summary>An application received <paramref name="received"/> and left in <paramref name="state"/>.</summary>
    private void Open(DateOnly received, ApplicationState state)
    {
        var (application, on) = Receive(received, online: state == ApplicationState.Submitted || _random.Next(2) == 0);
        if (state == ApplicationState.Submitted || (state == ApplicationState.SignedFor && application.State == ApplicationState.SignedFor))
        {
            return;
        }

        if (application.State == ApplicationState.Submitted)
        {
            on = Step(application, on, 0, a => a.Sign);
        }

        if (state == ApplicationState.SignedFor)
        {
            return;
        }

        on = Step(application, on, 1, a => a.Accept);
        _ = state switch
        {
            ApplicationState.Assigned => Step(application, on, 1, a => c => a.Assign(c, "editor", agency, "根河市城市管理综合执法局")),
            ApplicationState.Consulting => Step(application, on, 1, a => c => a.ConsultThirdParty(c, "根河市某建筑工程有限公司", "所需施工方案涉及其商业秘密，征求是否同意公开")),
            ApplicationState.UnderReview => Step(application, on, 2, a => c => a.SubmitDraft(c, DisclosureOutcome.Granted, null, Reply(DisclosureOutcome.Granted))),
            _ => on,
        };
    }

    private (DisclosureApplication, DateOnly) Receive(DateOnly received, bool? online = null)
    {
        _number++;
        var channel = online == true ? ReceiptChannel.Internet : online == false ? ReceiptChannel.InPerson
            : _random.Next(100) switch { < 60 => ReceiptChannel.Internet, < 80 => ReceiptChannel.InPerson, < 95 => ReceiptChannel.Post, _ => ReceiptChannel.Email };
        var evidence = channel switch
        {
            ReceiptChannel.Internet or ReceiptChannel.Email => new ReceiptEvidence(channel) { ArrivedOn = received, ConfirmedOn = received },
            ReceiptChannel.Post => new ReceiptEvidence(channel) { SentOn = received.AddDays(-2), SignedForOn = received },
            _ => new ReceiptEvidence(channel) { SubmittedOn = received },
        };
        var staff = channel != ReceiptChannel.Internet;
        var application = DisclosureApplication.Receive(agency, $"GKDEMO-{received.Year}-{_number:000}", Applicant(), Request(), evidence, staff,
            Context(received, staff ? "editor" : "申请人（网上提交）"));
        var key = $"gongkai-demo-application-{_number:000}";
        var salt = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("demo-salt-" + key)))[..32];
        application.SetIntakeKeys(QueryCodes.Hash(key), QueryCodes.Hash("demo-request-" + key), salt, QueryCodes.Hash(QueryCodes.Derive(salt, key)));
        db.Add(application);
        return (application, received);
    }

    /// <summary>One step <paramref name="workingDays"/> after the last (never after today), by the office unless said otherwise.</summary>
    private DateOnly Step(DisclosureApplication application, DateOnly last, int workingDays, Func<DisclosureApplication, Action<ActionContext>> step, string actor = "editor")
    {
        var on = _clock.Calendar.AddWorkingDays(last, workingDays);
        on = on > _today ? _today : on;
        step(application)(Context(on, actor));
        return on;
    }

    private ActionContext Context(DateOnly on, string actor) =>
        new(actor, new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 30)).AddMinutes(_random.Next(0, 420)), TimeSpan.FromHours(8)).ToUniversalTime(), on, _today, _clock);

    private DateOnly Back(DateOnly from, int workingDays)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            counted += _clock.Calendar.Covers(day) && _clock.Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    private DisclosureOutcome Outcome(bool corrected) => _random.Next(100) switch
    {
        < 38 => DisclosureOutcome.Granted,
        < 48 => DisclosureOutcome.PartiallyGranted,
        < 52 => DisclosureOutcome.WithheldThirdParty,
        < 55 => DisclosureOutcome.WithheldProcessInfo,
        < 58 => DisclosureOutcome.WithheldEnforcementFiles,
        < 75 => DisclosureOutcome.UnableNotHeld,
        < 80 => corrected ? DisclosureOutcome.UnableUnclearAfterCorrection : DisclosureOutcome.UnableNeedsCreation,
        < 88 => DisclosureOutcome.NotProcessedPetition,
        < 93 => DisclosureOutcome.NotProcessedRepeated,
        < 96 => DisclosureOutcome.NotProcessedPublication,
        _ => DisclosureOutcome.OtherOther,
    };

    private static string Reply(DisclosureOutcome outcome) => outcome switch
    {
        DisclosureOutcome.Granted => "所申请信息予以公开，电子文件随答复书提供",
        DisclosureOutcome.PartiallyGranted => "所申请信息中涉及个人隐私的部分不予公开，其余部分予以公开",
        DisclosureOutcome.UnableNotHeld => "经检索，本机关未制作或获取所申请的信息",
        DisclosureOutcome.NotProcessedPetition => "所提事项属于投诉举报，已转本局信访办理",
        _ => "答复申请人：" + DecisionBases.Caption(outcome),
    };

    private ApplicantDetails Applicant()
    {
        var type = _random.Next(100) switch
        {
            < 72 => ApplicantType.NaturalPerson,
            < 87 => ApplicantType.CommercialEnterprise,
            < 90 => ApplicantType.ResearchInstitution,
            < 92 => ApplicantType.SocialWelfareOrganization,
            < 98 => ApplicantType.LegalServiceInstitution,
            _ => ApplicantType.OtherOrganization,
        };
        var person = type == ApplicantType.NaturalPerson;
        var first17 = $"150785{1955 + _random.Next(0, 50)}{_random.Next(1, 13):00}{_random.Next(1, 29):00}{_random.Next(0, 1000):000}";
        return new ApplicantDetails
        {
            Type = type,
            Name = person ? Names[_random.Next(Names.Length)] + "某" + _random.Next(1, 9) : $"根河市某{ApplicantDetails.TypeName(type)}{_random.Next(1, 20)}",
            IdDocumentType = person ? ApplicationIntakeRules.ResidentIdCard : "统一社会信用代码",
            IdNumber = person ? first17 + ApplicationIntakeRules.ResidentIdCheck(first17) : $"91150785MA{_random.Next(1000000, 9999999)}X",
            ContactPerson = person ? null : Names[_random.Next(Names.Length)] + "某",
            Phone = $"13{_random.Next(100000000, 999999999)}",
            Address = $"内蒙古自治区根河市某街道 {_random.Next(1, 300)} 号",
        };
    }

    private InformationRequest Request() => new()
    {
        Description = Matters[_random.Next(Matters.Length)],
        Form = _random.Next(3) == 0 ? DeliveryForm.Paper : DeliveryForm.Electronic,
        Way = _random.Next(3) == 0 ? DeliveryWay.Post : DeliveryWay.Online,
    };
}
