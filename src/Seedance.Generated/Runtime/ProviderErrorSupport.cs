using System.ComponentModel;
using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Generated.Runtime;

/// <summary>Helpers the generated error models use to implement <see cref="IProviderError"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ProviderErrorSupport
{
    /// <summary>Reads a dotted path (e.g. <c>error.code</c>) from additional data; scalars become text.</summary>
    public static string? FromAdditionalData(IDictionary<string, object>? data, string dottedPath)
    {
        ArgumentNullException.ThrowIfNull(dottedPath);
        object? current = data;
        foreach (var segment in dottedPath.Split('.'))
        {
            current = current switch
            {
                IDictionary<string, object> d when d.TryGetValue(segment, out var v) => v,
                UntypedObject o when o.GetValue().TryGetValue(segment, out var v) => v,
                _ => null,
            };
            if (current is null) return null;
        }
        return Text(current);
    }

    /// <summary>A scalar as text (invariant culture), or null for objects, arrays and null.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        UntypedString s => s.GetValue(),
        UntypedInteger i => i.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedLong l => l.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDecimal d => d.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDouble d => d.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedFloat f => f.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedBoolean b => b.GetValue() ? "true" : "false",
        UntypedNode => null,
        IExtensibleEnum e => e.Value,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The exception message: <c>HTTP 400 invalid_token: The token is invalid</c>.</summary>
    public static string Message(int statusCode, string? code, string? message, string typeName)
    {
        var status = statusCode > 0 ? $"HTTP {statusCode.ToString(CultureInfo.InvariantCulture)} " : "";
        var codeText = string.IsNullOrEmpty(code) ? "" : code + ": ";
        var text = string.IsNullOrEmpty(message) ? $"the provider returned an error ({typeName})" : message;
        return status + codeText + text;
    }
}
