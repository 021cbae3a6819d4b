namespace Seedance.Cli.Output;

/// <summary>
/// An <see cref="IProgress{T}"/> that handles each report where it is made, in order. <see cref="Progress{T}"/>
/// would post reports to the thread pool in a console app, where they can arrive out of order (docs/job-api.md).
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
