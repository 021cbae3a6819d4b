namespace Seedance.CodeGen.Tests.EndToEnd;

/// <summary>
/// The README's "Change a spec, see the client change" section: the operation it tells you to add
/// and the error line it shows for a broken spec. The end-to-end build uses both, so the README
/// cannot claim what a real build does not do.
/// </summary>
internal sealed record ReadmeSpecChangeExample(string PathKeyLine, string Operation, string ErrorLine, string Prose)
{
    public static ReadmeSpecChangeExample Load()
    {
        var section = ReadmeSection.Load("spec-change-example");
        var blocks = section.FencedBlocks();
        var yaml = Assert.Single(blocks, b => b.Info == "yaml").Lines;
        var error = Assert.Single(Assert.Single(blocks, b => b.Info.Length == 0).Lines);
        // The block opens with the path key as it stands in the spec; the rest is the new operation.
        return new ReadmeSpecChangeExample(yaml[0], string.Join('\n', yaml.Skip(1)) + "\n", error, section.Text);
    }
}
