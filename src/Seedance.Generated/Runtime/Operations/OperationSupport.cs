using Microsoft.Kiota.Abstractions;

namespace Seedance.Generated.Runtime;

/// <summary>Small helpers the generated invokers call.</summary>
internal static class OperationSupport
{
    /// <summary>Adds <paramref name="options"/> to a request configuration's options.</summary>
    public static void AddOptions(IList<IRequestOption> target, IEnumerable<IRequestOption>? options)
    {
        if (options is null) return;
        foreach (var option in options) target.Add(option);
    }
}
