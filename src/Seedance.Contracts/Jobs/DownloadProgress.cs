namespace Seedance.Contracts;

/// <summary>How far a download is.</summary>
/// <param name="BytesReceived">Bytes written to the destination so far (a resumed transfer does not count the same byte twice).</param>
/// <param name="TotalBytes">The file's length, when the server said.</param>
public readonly record struct DownloadProgress(long BytesReceived, long? TotalBytes);
