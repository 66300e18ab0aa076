using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite without starting a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db").Apply(options);
        return new GongkaiDbContext(options.Options);
    }
}
