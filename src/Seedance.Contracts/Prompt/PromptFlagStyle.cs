using System.Text.Json.Serialization;

namespace Seedance.Contracts.Prompt;

/// <summary>Which spelling <see cref="PromptText.Render"/> uses for flags. Parsing accepts both.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PromptFlagStyle>))]
public enum PromptFlagStyle
{
    /// <summary><c>--rs --rt --dur --frames --fps --seed --cf --wm</c> (AceData's table, Ark's short forms).</summary>
    Short,

    /// <summary><c>--resolution --ratio --duration --frames --framespersecond --seed --camerafixed --watermark</c> (Ark).</summary>
    Long,
}
