using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Application.DisclosureApplications.Intake;

/// <summary>
/// The applicant's private query code (查询码): 20 characters of base 32 (100 bits), shown once on the receipt.
/// It is derived from the submission's idempotency key and a random salt of the row, so that a retried
/// submission gets the same code back, while the database holds neither the key nor the code (only their
/// SHA-256): a copy of the database cannot be turned into codes, and codes cannot be enumerated.
/// </summary>
public static class QueryCodes
{
    /// <summary>Crockford's base 32: no I, L, O or U to misread.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 20;

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Derive(string salt, string idempotencyKey)
    {
        var mac = HMACSHA256.HashData(Convert.FromHexString(salt), Encoding.UTF8.GetBytes(idempotencyKey));
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            // Bits 5i..5i+4 of the MAC.
            var bit = i * 5;
            var value = ((mac[bit / 8] << 8 | mac[(bit / 8) + 1]) >> (11 - (bit % 8))) & 31;
            code.Append(Alphabet[value]);
        }

        return code.ToString();
    }

    /// <summary>ABCD-EFGH-… in groups of four, as printed on the receipt.</summary>
    public static string Display(string code) => string.Join("-", code.Chunk(4).Select(c => new string(c)));

    /// <summary>What the applicant typed, without spaces and dashes, upper-case, with O read as 0 and I or L as 1.</summary>
    public static string Normalise(string? typed) => new((typed ?? "").ToUpperInvariant()
        .Where(c => c is not ('-' or ' '))
        .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray());

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether the typed code is the one whose hash is stored, in time that does not depend on where they differ.</summary>
    public static bool Matches(string storedHash, string? typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(Normalise(typed))));
}
