namespace Seedance.Generated.Runtime;

/// <summary>Checks a path parameter before it goes into a URL.</summary>
public static class PathSegment
{
    /// <summary>
    /// Rejects null, empty and the dot segments <c>.</c> and <c>..</c>, which would survive RFC 6570
    /// escaping and move the request to another route. Other characters (including <c>/</c>, <c>?</c>,
    /// <c>#</c>) are escaped by the URL template.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="parameterName">The path parameter name, for the exception.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static string Check(string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
            throw new ArgumentException($"Path parameter '{parameterName}' must not be null or empty.", parameterName);
        if (value == "." || value == "..")
            throw new ArgumentException($"Path parameter '{parameterName}' must not be '{value}'.", parameterName);
        return value;
    }
}
