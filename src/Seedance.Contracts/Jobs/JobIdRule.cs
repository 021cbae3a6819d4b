using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// The rule for a job id a caller hands back to the SDK (<see cref="IVideoJobClient.GetJob"/>,
/// <see cref="IVideoJobClient.GetStatusAsync"/>, <see cref="IVideoJobClient.CancelAsync"/>). Every
/// provider's ids are opaque tokens (<c>task_…</c>, <c>cgt-…</c>, UUIDs, <c>req_…</c>), so an id holding
/// a path separator, a query or fragment marker, a percent sign, whitespace or a control character is
/// a mistake (or an attack) and is refused before anything is sent. The generated clients escape
/// whatever reaches them as well; this rule makes the mistake visible instead of sending a request
/// for an id that cannot exist.
/// </summary>
/// <remarks>
/// Ids the provider returns from a create call are not checked: refusing one after the job was paid
/// for would only hide it. The generated layer still sends them as one escaped path segment.
/// </remarks>
internal static class JobIdRule
{
    /// <summary>The longest id accepted; provider ids are far shorter.</summary>
    public const int MaxLength = 256;

    /// <summary>What an id may hold, in the words every refusal uses.</summary>
    public static readonly string Allowed = $"a job id is the provider's own token: at most {MaxLength} printable characters, without / \\ ? # %, whitespace or control characters, and not '.' or '..'";

    /// <summary>Returns <paramref name="jobId"/> when it is a plausible id; otherwise throws.</summary>
    /// <param name="jobId">The id the caller passed.</param>
    /// <param name="provider">The provider id, for the message.</param>
    /// <param name="parameterName">The caller's parameter name (filled in by the compiler).</param>
    /// <returns><paramref name="jobId"/>.</returns>
    /// <exception cref="ArgumentException">The id is null, empty, whitespace or breaks the rule; the message names the id, the problem and what is allowed.</exception>
    public static string Check(string? jobId, string provider, [CallerArgumentExpression(nameof(jobId))] string? parameterName = null)
    {
        if (string.IsNullOrWhiteSpace(jobId))
            throw new ArgumentException($"{provider}: the job id must not be null, empty or whitespace ({Allowed}). Nothing was sent.", parameterName);
        var problem = Problem(jobId);
        return problem is null
            ? jobId
            : throw new ArgumentException($"{provider}: job id '{Printable(jobId)}' {problem} ({Allowed}). Nothing was sent.", parameterName);
    }

    /// <summary>What is wrong with <paramref name="jobId"/>, or null when nothing is.</summary>
    public static string? Problem(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        if (jobId is "." or "..") return "is a dot segment";
        if (jobId.Length > MaxLength) return $"is {jobId.Length} characters long";
        foreach (var c in jobId)
        {
            switch (c)
            {
                case '/' or '\\': return $"contains the path separator '{c}'";
                case '?' or '#': return $"contains '{c}', which would start a query or fragment";
                case '%': return "contains '%' (pass the id as the provider returned it, not URL-encoded)";
            }
            if (char.IsWhiteSpace(c)) return "contains whitespace";
            if (char.IsControl(c)) return $"contains the control character U+{(int)c:X4}";
        }
        return null;
    }

    /// <summary>The id as it can be shown: control characters escaped, at most 80 characters.</summary>
    private static string Printable(string jobId)
    {
        var text = new StringBuilder();
        foreach (var c in jobId.Length > 80 ? jobId[..80] : jobId)
        {
            if (char.IsControl(c)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else text.Append(c);
        }
        return jobId.Length > 80 ? text.Append('…').ToString() : text.ToString();
    }
}
