namespace Seedance.Emulator;

/// <summary>The MP4 every emulated job renders: 5 s, 480x270, 24 fps H.264 with AAC audio (docs/emulator.md says how it was made).</summary>
public static class SampleVideo
{
    private static readonly Lazy<byte[]> Data = new(() =>
    {
        using var stream = typeof(SampleVideo).Assembly.GetManifestResourceStream("Seedance.Emulator.sample.mp4")
            ?? throw new InvalidOperationException("The sample video is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The file's bytes; a download from the emulator is byte-identical to them.</summary>
    public static ReadOnlyMemory<byte> Content => Data.Value;

    internal static byte[] Bytes => Data.Value;
}
