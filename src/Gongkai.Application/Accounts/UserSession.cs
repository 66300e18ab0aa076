using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Accounts;

/// <summary>
/// A signed-in session kept on the server: the cookie carries only its random key. 登出 deletes the row,
/// so a copied cookie is worthless afterwards; disabling a user deletes all of theirs.
/// </summary>
public sealed class UserSession
{
    public string Key { get; set; } = "";
    public string UserId { get; set; } = "";
    /// <summary>The serialized authentication ticket (claims, expiry), as ASP.NET Core writes it.</summary>
    public byte[] Ticket { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.HasKey(s => s.Key);
        session.Property(s => s.Key).HasMaxLength(64);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.ExpiresAt);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
