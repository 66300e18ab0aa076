using Gongkai.Application.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Accounts;

/// <summary>
/// 工作人员登录. Every failure gets the same answer after the same work (one password hash), whether the
/// user exists, is locked, disabled or the password is wrong: nobody learns which user names exist.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn, SignInThrottle throttle, ILogger<LoginModel> logger) : PageModel
{
    public const string Refusal = "用户名或密码不正确，或登录失败次数过多已暂时锁定。请核对后重试，或稍后再试。";

    /// <summary>Longer names and passwords are refused before any hashing (a megabyte password would cost the server).</summary>
    private const int MaxLength = 256;

    private static readonly StaffUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodysHash;

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var name = UserName.Trim();
        if (throttle.IsBlocked(address))
        {
            // Per address, so answering at once tells nothing about any account.
            logger.LogWarning("Sign-in refused: address {Address} has failed {Count} times in {Minutes} minutes", address, SignInThrottle.MaxFailures, SignInThrottle.Window.TotalMinutes);
            return Refused();
        }

        var users = signIn.UserManager;
        var user = name.Length is > 0 and <= MaxLength && Password.Length <= MaxLength ? await users.FindByNameAsync(name) : null;
        if (user is null || user.DisabledAt is not null || await users.IsLockedOutAsync(user))
        {
            _nobodysHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(Nobody, _nobodysHash, Password.Length <= MaxLength ? Password : "");
            return Failed(address, name);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Failed(address, name);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("User {User} signed in", user.UserName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/workbench");
    }

    private PageResult Failed(string address, string name)
    {
        throttle.Failed(address);
        logger.LogWarning("Failed sign-in for {User} from {Address}", name.Length <= 64 ? name : name[..64] + "…", address);
        return Refused();
    }

    private PageResult Refused()
    {
        Error = Refusal;
        return Page();
    }
}
