using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarAgencyDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarAgencyDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarAgencyDays_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarArrangementDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Holiday = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ArrangementYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarArrangementDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CalendarChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandlerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HandlingAgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionPeriodDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeeMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FeeFirstUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeLastUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FeeNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeePaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProposedBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProposedReply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StepDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueProblem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvidenceSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceSignedForOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdempotencyKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QueryCodeSalt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Applicant_Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Applicant_ContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Applicant_Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Applicant_IdDocumentType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Applicant_IdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Applicant_Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Applicant_Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Applicant_Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Request_Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Request_DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Request_Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Request_Way = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplications_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureAppeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureAppeals_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplicationAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationAttachments_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationEvents_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplicationPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationPauses_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureSupervisionNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StepDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReadBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureSupervisionNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureSupervisionNotices_DisclosureApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarAgencyDays_AgencyId_Date",
                table: "CalendarAgencyDays",
                columns: new[] { "AgencyId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarArrangementDays_ArrangementYear",
                table: "CalendarArrangementDays",
                column: "ArrangementYear");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureAppeals_AgencyId_FiledOn",
                table: "DisclosureAppeals",
                columns: new[] { "AgencyId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureAppeals_ApplicationId",
                table: "DisclosureAppeals",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplicationAttachments_ApplicationId",
                table: "DisclosureApplicationAttachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplicationEvents_ApplicationId_Sequence",
                table: "DisclosureApplicationEvents",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplicationPauses_ApplicationId",
                table: "DisclosureApplicationPauses",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_AgencyId_ApplicantKey_ReceivedOn",
                table: "DisclosureApplications",
                columns: new[] { "AgencyId", "ApplicantKey", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_AgencyId_ReceivedOn",
                table: "DisclosureApplications",
                columns: new[] { "AgencyId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_AgencyId_State_StepDueOn",
                table: "DisclosureApplications",
                columns: new[] { "AgencyId", "State", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_HandlingAgencyId_State",
                table: "DisclosureApplications",
                columns: new[] { "HandlingAgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_IdempotencyKeyHash",
                table: "DisclosureApplications",
                column: "IdempotencyKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureApplications_TrackingNumber",
                table: "DisclosureApplications",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureSupervisionNotices_AgencyId_ReadAt",
                table: "DisclosureSupervisionNotices",
                columns: new[] { "AgencyId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureSupervisionNotices_ApplicationId_StepDueOn_Level",
                table: "DisclosureSupervisionNotices",
                columns: new[] { "ApplicationId", "StepDueOn", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarAgencyDays");

            migrationBuilder.DropTable(
                name: "CalendarArrangementDays");

            migrationBuilder.DropTable(
                name: "CalendarChanges");

            migrationBuilder.DropTable(
                name: "DisclosureAppeals");

            migrationBuilder.DropTable(
                name: "DisclosureApplicationAttachments");

            migrationBuilder.DropTable(
                name: "DisclosureApplicationEvents");

            migrationBuilder.DropTable(
                name: "DisclosureApplicationPauses");

            migrationBuilder.DropTable(
                name: "DisclosureSupervisionNotices");

            migrationBuilder.DropTable(
                name: "DisclosureApplications");
        }
    }
}
