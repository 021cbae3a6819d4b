namespace Seedance.Conformance.Replay;

/// <summary>A stub mapping (file, JSON text or object) is not valid.</summary>
public sealed class ReplayMappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReplayMappingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReplayMappingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public ReplayMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a mapping read from <paramref name="source"/>.</summary>
    public ReplayMappingException(string? source, string message, Exception? innerException = null)
        : base(source is null ? message : $"{source}: {message}", innerException)
    {
        Source = source;
    }

    /// <summary>The file (or other origin) the mapping came from, if known.</summary>
    public new string? Source { get; }
}
