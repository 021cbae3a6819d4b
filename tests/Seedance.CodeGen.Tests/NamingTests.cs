using Seedance.CodeGen.Reading;

namespace Seedance.CodeGen.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("IN_PROGRESS", "InProgress")]
    [InlineData("SUCCESS", "Success")]
    [InlineData("queued", "Queued")]
    [InlineData("VideoTask", "VideoTask")]
    [InlineData("doubao-seedance-2-0", "DoubaoSeedance2_0")]
    [InlineData("16:9", "V16_9")]
    [InlineData("480p", "V480p")]
    [InlineData("4K", "V4K")]
    [InlineData("task_id", "TaskId")]
    public void Pascal_case_titles_shouted_words_and_separates_numbers(string wire, string expected) =>
        Assert.Equal(expected, Naming.Pascal(wire));
}
