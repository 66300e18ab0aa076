using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>An application with its applicant, events and pauses survives the database as it was, on both providers.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnApplicationAndItsLogAreStoredAndReadBackAsTheyWere()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var clock = new StatutoryClock(OfficialArrangement.Calendar);
        var received = new DateOnly(2024, 9, 27);
        ActionContext On(DateOnly day) => new("editor", new DateTimeOffset(2024, 12, 1, 2, 0, 0, TimeSpan.Zero), day, new DateOnly(2024, 12, 31), clock);
        int id;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var applicant = new ApplicantDetails
            {
                Type = ApplicantType.LegalServiceInstitution, Name = "某律师事务所", IdDocumentType = "统一社会信用代码", IdNumber = "31110000MD0123456X",
                ContactPerson = "李律师", Phone = "010-12345678", Email = "li@example.cn", Address = "北京市西城区某路 2 号",
            };
            var request = new InformationRequest { Description = "2024年行政处罚决定书", DocumentNumber = "根城执罚〔2024〕1号", Form = DeliveryForm.Paper, Way = DeliveryWay.Post };
            var application = DisclosureApplication.Receive(agency, "GK20240927-TEST01", applicant, request,
                new ReceiptEvidence(ReceiptChannel.Post) { SentOn = received.AddDays(-2), SignedForOn = received }, registeredByStaff: true, On(received));
            application.SetIntakeKeys(new string('a', 64), new string('b', 64), new string('c', 32), new string('d', 64));
            application.Accept(On(new DateOnly(2024, 9, 30)));
            application.ConsultThirdParty(On(new DateOnly(2024, 10, 8)), "某建设公司", "是否同意公开");
            db.Add(application);
            await db.SaveChangesAsync();
            id = application.Id;
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var application = await db.Set<DisclosureApplication>().Include(a => a.Events).Include(a => a.Pauses).SingleAsync(a => a.Id == id);
            Assert.Equal((ApplicationState.Consulting, ApplicantType.LegalServiceInstitution, "31110000MD0123456X"), (application.State, application.Applicant.Type, application.Applicant.IdNumber));
            Assert.Equal((DeliveryForm.Paper, DeliveryWay.Post, "根城执罚〔2024〕1号"), (application.Request.Form, application.Request.Way, application.Request.DocumentNumber));
            Assert.Equal((ReceiptChannel.Post, received, received.AddDays(-2)), (application.Channel, application.ReceivedOn, application.EvidenceSentOn!.Value));
            Assert.Equal([ApplicationEvent.Registered, "Accept", "ConsultThirdParty"], application.Events.OrderBy(e => e.Sequence).Select(e => e.Action));
            var pause = Assert.Single(application.Pauses);
            Assert.Equal((ClockPauseKind.ThirdPartyConsultation, new DateOnly(2024, 10, 8), (DateOnly?)null), (pause.Kind, pause.From, pause.To));
            Assert.Equal(clock.ConsultationReplyDue(new DateOnly(2024, 10, 8)).Due, application.StepDueOn);

            application.ReceiveOpinions(On(new DateOnly(2024, 10, 15)), "同意公开");
            await db.SaveChangesAsync();
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var application = await db.Set<DisclosureApplication>().Include(a => a.Events).Include(a => a.Pauses).SingleAsync(a => a.Id == id);
            Assert.Equal(new DateOnly(2024, 11, 7), application.DueOn);
            Assert.Equal(4, application.Events.Count);
            Assert.Equal(new DateOnly(2024, 10, 15), application.Pauses.Single().To);
            Assert.Equal(4, application.Revision);
        }
    }
}
