using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Accounts;

/// <summary>Identity's errors as the staff pages say them, in Chinese.</summary>
internal static class IdentityMessages
{
    public static string Chinese(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "用户名已存在",
        "PasswordTooShort" => "密码至少 10 位",
        "PasswordRequiresDigit" => "密码须含数字",
        "PasswordRequiresLower" => "密码须含小写字母",
        "PasswordRequiresUpper" => "密码须含大写字母",
        "PasswordRequiresNonAlphanumeric" => "密码须含字母和数字以外的字符",
        "PasswordMismatch" => "当前密码不正确",
        "InvalidUserName" => "用户名只能包含字母、数字和 -._@+",
        _ => error.Description,
    };

    public static string Join(IdentityResult result) => string.Join("；", result.Errors.Select(Chinese));
}
