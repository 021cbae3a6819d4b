using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Requests;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.BadInput;

/// <summary>
/// §5: bad input gets a clear error naming the problem and sends nothing. Every test drives the
/// public job client (<see cref="SeedanceJobClients.Create"/>) against a replay host whose catch-all
/// mapping would answer anything, and asserts the journal stayed empty.
/// </summary>
public sealed class BadInputTests(ReplayHostFixture fixture) : IClassFixture<ReplayHostFixture>
{
    private VideoJobClient Client(string provider, Uri? baseUrl = null)
    {
        fixture.Host.Reset();
        fixture.Host.Given(RequestPattern.ForPathPattern("ANY", ".*")).AtPriority(100).RespondWith(Faults.Status(418, "catch-all", "text/plain"));
        return SeedanceJobClients.Create(provider, new SeedanceApiKey(TestClients.FakeKey),
            TestClients.Options(baseUrl ?? fixture.Host.BaseUrl, new AutoAdvancingTimeProvider()));
    }

    /// <summary>A request every provider accepts: its first catalog model, a short prompt.</summary>
    private static VideoRequest Valid(string provider) => new() { Prompt = "A paper boat on a quiet lake", Model = ModelCatalog.IdsFor(provider).First() };

    public static TheoryData<string, string, string> BadRequests()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in ProviderId.All)
        {
            data.Add(provider, "null prompt", "prompt");
            data.Add(provider, "empty prompt", "prompt");
            data.Add(provider, "whitespace prompt", "prompt");
            data.Add(provider, "oversized prompt", "prompt");
            data.Add(provider, "unknown model", "model");
            data.Add(provider, "empty model", "model");
            data.Add(provider, "duration 999", "duration");
            data.Add(provider, "duration -5", "duration");
            data.Add(provider, "resolution 16k", "resolution");
            data.Add(provider, "aspect ratio 5:2", "aspect");
            data.Add(provider, "relative callback URL", "callback");
        }
        return data;
    }

    private static VideoRequest Make(string provider, string problem) => problem switch
    {
        "null prompt" => Valid(provider) with { Prompt = null! },
        "empty prompt" => Valid(provider) with { Prompt = "" },
        "whitespace prompt" => Valid(provider) with { Prompt = " \t\n " },
        "oversized prompt" => Valid(provider) with { Prompt = new string('a', 200_000) },
        "unknown model" => Valid(provider) with { Model = "seedance-9000-ultra" },
        "empty model" => Valid(provider) with { Model = "" },
        "duration 999" => Valid(provider) with { Duration = 999 },
        "duration -5" => Valid(provider) with { Duration = -5 },
        "resolution 16k" => Valid(provider) with { Resolution = "16k" },
        "aspect ratio 5:2" => Valid(provider) with { AspectRatio = "5:2" },
        "relative callback URL" => Valid(provider) with { CallbackUrl = new Uri("/hooks/done", UriKind.Relative) },
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_request_is_refused_naming_the_field_and_nothing_is_sent(string provider, string problem, string field)
    {
        using var client = Client(provider);
        var error = await Record.ExceptionAsync(() => client.SubmitAsync(Make(provider, problem)).WaitAsync(TestClients.HangGuard));
        var validation = Assert.IsType<SeedanceValidationException>(error);
        Assert.Contains(validation.Violations, v => v.Field.Contains(field, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(field, validation.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not sent", validation.Message, StringComparison.Ordinal);
        Assert.True(validation.Message.Length < 2_000, "the message repeats the oversized value");
        Assert.Equal(0, fixture.Host.Journal.Count());
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_naming_the_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"seedance-not-an-image-{Guid.NewGuid():N}.png");
        File.WriteAllText(path, "%PDF-1.7 this is not an image");
        try
        {
            var error = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromFile(path));
            Assert.Contains("not an image", error.Message, StringComparison.Ordinal);
            var stream = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromStream(new MemoryStream("GIF? no"u8.ToArray()), "image/png", "x.png"));
            Assert.Contains("image.content", stream.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_an_unreadable_stream_and_a_non_image_type_are_refused()
    {
        var missing = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.png")));
        Assert.Contains("image.file", missing.Message, StringComparison.Ordinal);

        var unreadable = new UnreadableStream();
        var error = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromStream(unreadable, "image/png", "x.png"));
        Assert.Contains("readable", error.Message, StringComparison.Ordinal);

        var type = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromStream(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "application/pdf", "x.pdf"));
        Assert.Contains("image.contentType", type.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadBaseUrls() => new()
    {
        { "relative", "/v1" },
        { "ftp", "ftp://127.0.0.1/v1" },
        { "file", "file:///etc/passwd" },
        { "query", "http://127.0.0.1:1/v1?key=value" },
        { "fragment", "http://127.0.0.1:1/v1#frag" },
        { "user info", "http://user:secret@127.0.0.1:1/" },
    };

    [Theory]
    [MemberData(nameof(BadBaseUrls))]
    public async Task A_malformed_base_url_is_refused_before_anything_is_sent(string kind, string url)
    {
        var baseUrl = new Uri(url, UriKind.RelativeOrAbsolute);
        fixture.Host.Reset();
        var options = TestClients.Options(baseUrl, new AutoAdvancingTimeProvider());
        var error = await Record.ExceptionAsync(async () =>
        {
            using var client = SeedanceJobClients.Create(ProviderId.CometApiVideos, new SeedanceApiKey(TestClients.FakeKey), options);
            await client.GetStatusAsync("task_abc123").WaitAsync(TestClients.HangGuard);
        });
        Assert.NotNull(error);
        Assert.True(error is ArgumentException or SeedanceValidationException, $"{kind}: {error}");
        Assert.Contains("BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Host.Journal.Count());
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
