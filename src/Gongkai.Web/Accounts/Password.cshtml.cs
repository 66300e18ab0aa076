using Gongkai.Application;
using Gongkai.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Accounts;

/// <summary>A signed-in user changes their own password; this session stays signed in with the new security stamp.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PasswordModel(OwnPassword password, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string Next { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    public bool Done { get; private set; }
    public string? Error { get; private set; }

    public void OnGet(bool done) => Done = done;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        try
        {
            var user = await password.ChangeAsync(StaffContext.FromPrincipal(User)!, Current, Next, Confirm, cancel);
            await signIn.RefreshSignInAsync(user);
            return RedirectToPage(new { done = true });
        }
        catch (GongkaiException problem)
        {
            Error = problem.Message;
            return Page();
        }
    }
}
