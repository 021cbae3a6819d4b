using System.Globalization;
using Seedance.Contracts;

namespace Seedance.Cli.Output;

/// <summary>The human forms of a status and of a command line.</summary>
internal static class StatusText
{
    /// <summary>e.g. <c>cgt-123: Running (running) 40%</c>. The video URL is left out: it is signed, and <c>seedance download</c> fetches it.</summary>
    public static string Describe(VideoJobStatus status)
    {
        var text = $"{status.JobId}: {status.State} ({status.RawStatus ?? "no status"})";
        if (status.Progress is { } percent) text += string.Create(CultureInfo.InvariantCulture, $" {percent}%");
        if (status.Error is { } error) text += $" error {error.Code}: {error.Message}";
        return text;
    }

    /// <summary>A shell word: quoted only when it has to be, so a printed command can be pasted as is.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Bytes as people read them (KB, MB).</summary>
    public static string Bytes(double bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes:0} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0.0} MB"),
    };
}
