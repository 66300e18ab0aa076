using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogBlobs",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogBlobs", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "CatalogIndexSequences",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogIndexSequences", x => new { x.AgencyId, x.Period });
                    table.ForeignKey(
                        name: "FK_CatalogIndexSequences_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    IndexNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogItems_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogSettings",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IndexTemplate = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "text", nullable: false),
                    Genres = table.Column<string>(type: "text", nullable: false),
                    Columns = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    OfficeAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficeEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficeFax = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficeHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficeNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OfficeOfficeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficePhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficePostCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficeWebsite = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogSettings", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_CatalogSettings_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicContentStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false),
                    ChangedTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicContentStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepealReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    ReReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Column = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Disclosure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DisclosureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Genre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    InterpretsItemId = table.Column<int>(type: "integer", nullable: true),
                    Keywords = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NeedsInterpretation = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Publisher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegulatoryKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogItemVersions_CatalogItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "CatalogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogAttachments_CatalogItemVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "CatalogItemVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogReviewRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedOff = table.Column<bool>(type: "boolean", nullable: true),
                    SignOpinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogReviewRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogReviewRounds_CatalogItemVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "CatalogItemVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogLeakFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Excerpt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogLeakFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogLeakFindings_CatalogReviewRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CatalogReviewRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogAttachments_Sha256",
                table: "CatalogAttachments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogAttachments_VersionId",
                table: "CatalogAttachments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_AgencyId",
                table: "CatalogItems",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_IndexNo",
                table: "CatalogItems",
                column: "IndexNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItemVersions_ItemId_Number",
                table: "CatalogItemVersions",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItemVersions_Status",
                table: "CatalogItemVersions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogLeakFindings_RoundId",
                table: "CatalogLeakFindings",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogReviewRounds_SubmittedAt",
                table: "CatalogReviewRounds",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogReviewRounds_VersionId",
                table: "CatalogReviewRounds",
                column: "VersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogAttachments");

            migrationBuilder.DropTable(
                name: "CatalogBlobs");

            migrationBuilder.DropTable(
                name: "CatalogIndexSequences");

            migrationBuilder.DropTable(
                name: "CatalogLeakFindings");

            migrationBuilder.DropTable(
                name: "CatalogSettings");

            migrationBuilder.DropTable(
                name: "PublicContentStamps");

            migrationBuilder.DropTable(
                name: "CatalogReviewRounds");

            migrationBuilder.DropTable(
                name: "CatalogItemVersions");

            migrationBuilder.DropTable(
                name: "CatalogItems");
        }
    }
}
