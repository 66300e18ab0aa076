using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL without starting a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=gongkai_design").Apply(options);
        return new GongkaiDbContext(options.Options);
    }
}
