using System.ComponentModel;
using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Seedance.Generated.Runtime;

/// <summary>
/// Field readers the generated <c>GetFieldDeserializers</c> call. A value whose JSON type does not match
/// the spec (a string where an int is declared, a float in an int field, an object where a string is
/// declared...) never throws: the typed property stays null and the raw value is kept in the model's
/// additional data under the field's wire name, so it is written back unchanged on serialization.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LenientParse
{
    /// <summary>The raw value of <paramref name="node"/>, or <see cref="UntypedNull"/> when it cannot be read.</summary>
    public static UntypedNode Raw(IParseNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        try
        {
            return node.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue) ?? new UntypedNull();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // e.g. a number outside the double range (1e400): nothing typed can hold it
            return new UntypedNull();
        }
    }

    private static T? Keep<T>(IAdditionalDataHolder holder, string key, UntypedNode raw)
    {
        if (raw is not UntypedNull)
        {
            holder.AdditionalData ??= new Dictionary<string, object>();
            holder.AdditionalData[key] = raw;
        }
        return default;
    }

    /// <summary>Reads a string.</summary>
    public static string? String(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return raw is UntypedString s ? s.GetValue() : Keep<string>(holder, key, raw);
    }

    /// <summary>Reads an int; integral decimals in range (e.g. <c>3.0</c>) are accepted.</summary>
    public static int? Int(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return ToLong(raw) is long l && l >= int.MinValue && l <= int.MaxValue ? (int)l : Keep<int?>(holder, key, raw);
    }

    /// <summary>Reads a long.</summary>
    public static long? Long(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return ToLong(raw) is long l ? l : Keep<long?>(holder, key, raw);
    }

    /// <summary>Reads a double.</summary>
    public static double? Double(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return ToDouble(raw) is double d ? d : Keep<double?>(holder, key, raw);
    }

    /// <summary>Reads a bool.</summary>
    public static bool? Bool(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return raw is UntypedBoolean b ? b.GetValue() : Keep<bool?>(holder, key, raw);
    }

    /// <summary>Reads an RFC 3339 date-time.</summary>
    public static DateTimeOffset? DateTime(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        return ToDateTime(raw) is DateTimeOffset d ? d : Keep<DateTimeOffset?>(holder, key, raw);
    }

    /// <summary>Reads an extensible enum (any string is accepted and kept).</summary>
    public static T? Enum<T>(IParseNode node, IAdditionalDataHolder holder, string key, Func<string, T> create)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(create);
        var raw = Raw(node);
        return raw is UntypedString s && s.GetValue() is string v ? create(v) : Keep<T?>(holder, key, raw);
    }

    /// <summary>Reads any JSON value.</summary>
    public static UntypedNode? Untyped(IParseNode node) => Raw(node) is var raw && raw is UntypedNull ? null : raw;

    /// <summary>Reads a model; a non-object value is kept raw. Composed wrappers accept any JSON kind.</summary>
    public static T? Object<T>(IParseNode node, IAdditionalDataHolder holder, string key, ParsableFactory<T> factory, bool anyKind = false)
        where T : class, IParsable
    {
        ArgumentNullException.ThrowIfNull(node);
        var raw = Raw(node);
        if (raw is UntypedNull) return null;
        if (raw is UntypedObject || anyKind) return node.GetObjectValue(factory);
        return Keep<T>(holder, key, raw);
    }

    /// <summary>Reads an array of models; an array with a non-object item is kept raw as a whole.</summary>
    public static List<T>? ObjectList<T>(IParseNode node, IAdditionalDataHolder holder, string key, ParsableFactory<T> factory, bool anyKind = false)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(node);
        var raw = Raw(node);
        if (raw is UntypedNull) return null;
        if (raw is UntypedArray array && (anyKind || array.GetValue().All(i => i is UntypedObject)))
            return node.GetCollectionOfObjectValues(factory).ToList();
        return Keep<List<T>>(holder, key, raw);
    }

    /// <summary>Reads an array of scalars with <paramref name="convert"/>; any mismatching item keeps the whole array raw.</summary>
    public static List<T>? ScalarList<T>(IParseNode node, IAdditionalDataHolder holder, string key, Func<UntypedNode, T?> convert)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(convert);
        var raw = Raw(node);
        if (raw is UntypedNull) return null;
        if (raw is UntypedArray array)
        {
            var result = new List<T>();
            foreach (var item in array.GetValue())
            {
                if (convert(item) is not T value) return Keep<List<T>>(holder, key, raw);
                result.Add(value);
            }
            return result;
        }
        return Keep<List<T>>(holder, key, raw);
    }

    /// <summary>Reads an array of strings; any non-string item keeps the whole array raw.</summary>
    public static List<string>? StringList(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        if (raw is UntypedNull) return null;
        if (raw is UntypedArray array && array.GetValue().All(i => i is UntypedString { } s && s.GetValue() is not null))
            return array.GetValue().Select(i => ((UntypedString)i).GetValue()!).ToList();
        return Keep<List<string>>(holder, key, raw);
    }

    /// <summary>Reads an array of raw values.</summary>
    public static List<UntypedNode>? UntypedList(IParseNode node, IAdditionalDataHolder holder, string key)
    {
        var raw = Raw(node);
        if (raw is UntypedNull) return null;
        return raw is UntypedArray array ? array.GetValue().ToList() : Keep<List<UntypedNode>>(holder, key, raw);
    }

    /// <summary>Converter for <see cref="ScalarList{T}"/>: int.</summary>
    public static int? AsInt(UntypedNode node) => ToLong(node) is long l && l >= int.MinValue && l <= int.MaxValue ? (int)l : null;

    /// <summary>Converter for <see cref="ScalarList{T}"/>: long.</summary>
    public static long? AsLong(UntypedNode node) => ToLong(node);

    /// <summary>Converter for <see cref="ScalarList{T}"/>: double.</summary>
    public static double? AsDouble(UntypedNode node) => ToDouble(node);

    /// <summary>Converter for <see cref="ScalarList{T}"/>: bool.</summary>
    public static bool? AsBool(UntypedNode node) => node is UntypedBoolean b ? b.GetValue() : null;

    /// <summary>Converter for <see cref="ScalarList{T}"/>: date-time.</summary>
    public static DateTimeOffset? AsDateTime(UntypedNode node) => ToDateTime(node);

    /// <summary>Converter for <see cref="ScalarList{T}"/>: extensible enum.</summary>
    public static Func<UntypedNode, T?> AsEnum<T>(Func<string, T> create)
        where T : struct => node => node is UntypedString s && s.GetValue() is string v ? create(v) : null;

    private static long? ToLong(UntypedNode raw) => raw switch
    {
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDecimal d when decimal.Truncate(d.GetValue()) == d.GetValue() && d.GetValue() >= long.MinValue && d.GetValue() <= long.MaxValue => (long)d.GetValue(),
        _ => null,
    };

    private static double? ToDouble(UntypedNode raw) => raw switch
    {
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDecimal d => (double)d.GetValue(),
        UntypedFloat f when float.IsFinite(f.GetValue()) => f.GetValue(),
        UntypedDouble d when double.IsFinite(d.GetValue()) => d.GetValue(),
        _ => null,
    };

    private static DateTimeOffset? ToDateTime(UntypedNode raw) =>
        raw is UntypedString s && DateTimeOffset.TryParse(s.GetValue(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d : null;
}
