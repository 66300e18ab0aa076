using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Holiday = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ArrangementYear = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarArrangementDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CalendarChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HandlerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HandlingAgencyId = table.Column<int>(type: "integer", nullable: true),
                    CorrectionRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionPeriodDays = table.Column<int>(type: "integer", nullable: false),
                    CorrectionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeeMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FeeFirstUnit = table.Column<int>(type: "integer", nullable: true),
                    FeeLastUnit = table.Column<int>(type: "integer", nullable: true),
                    FeeAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    FeeNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeePaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProposedOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProposedBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProposedReply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StepDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueProblem = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ApplicantKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceSubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceSignedForOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceArrivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceiptExplanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QueryCodeSalt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Applicant_Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Applicant_ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Applicant_Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Applicant_IdDocumentType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Applicant_IdNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Applicant_Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Applicant_Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Applicant_Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Request_Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Request_DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Request_Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Request_Way = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationAttachments_DisclosureApplications_App~",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Handler = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationEvents_DisclosureApplications_Applicat~",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureApplicationPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Party = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureApplicationPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureApplicationPauses_DisclosureApplications_Applicat~",
                        column: x => x.ApplicationId,
                        principalTable: "DisclosureApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureSupervisionNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StepDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReadBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureSupervisionNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureSupervisionNotices_DisclosureApplications_Applica~",
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
