namespace Seedance.Emulator;

/// <summary>
/// Text that, anywhere in a prompt, picks the job's <see cref="EmulatedOutcome"/>. Markers are plain
/// text so every provider's request carries them unchanged (a marker in a prompt costs nothing to send).
/// </summary>
public static class PromptMarkers
{
    /// <summary>The job fails.</summary>
    public const string Fail = "[emulate:fail]";

    /// <summary>The job is rejected by content moderation.</summary>
    public const string Moderation = "[emulate:moderation]";

    /// <summary>The job expires.</summary>
    public const string Expire = "[emulate:expire]";

    /// <summary>The job renders slowly.</summary>
    public const string Slow = "[emulate:slow]";

    /// <summary>The outcome a prompt asks for, or null when it has no marker.</summary>
    /// <param name="prompt">The prompt as sent.</param>
    public static EmulatedOutcome? Find(string? prompt)
    {
        if (string.IsNullOrEmpty(prompt)) return null;
        if (prompt.Contains(Fail, StringComparison.OrdinalIgnoreCase)) return EmulatedOutcome.Fail;
        if (prompt.Contains(Moderation, StringComparison.OrdinalIgnoreCase)) return EmulatedOutcome.Moderation;
        if (prompt.Contains(Expire, StringComparison.OrdinalIgnoreCase)) return EmulatedOutcome.Expire;
        if (prompt.Contains(Slow, StringComparison.OrdinalIgnoreCase)) return EmulatedOutcome.Slow;
        return null;
    }
}
