using AllianceCms.Admin.Localization;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Account;

/// <summary>The language switch of the admin header: stores the user's choice and renews their cookie with it.</summary>
public sealed class LanguageModel(UserManager<CmsUser> users, SignInManager<CmsUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(AdminServiceCollectionExtensions.PathPrefix);

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var back = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : AdminServiceCollectionExtensions.PathPrefix;
        if (!AdminCulture.IsSupported(culture)) return LocalRedirect(back);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        user.PreferredCulture = culture!.ToLowerInvariant();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(back);
    }
}
