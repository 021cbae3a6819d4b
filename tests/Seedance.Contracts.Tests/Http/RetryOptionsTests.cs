using Seedance.Contracts.Http;

namespace Seedance.Contracts.Tests.Http;

public sealed class RetryOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new RetryOptions();
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(8), options.MaxDelay);
        Assert.Equal(0.25, options.JitterRatio);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RetryAfterCap);
        Assert.Null(options.IdempotentRetryStatuses);
        Assert.Null(options.CreateRetryStatuses);
        Assert.Equal([408, 429, 500, 502, 503, 504], RetryOptions.DefaultIdempotentRetryStatuses);
        Assert.Equal([429], RetryOptions.DefaultCreateRetryStatuses);
        Assert.Null(options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(100), new SeedanceClientOptions().CallTimeout);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 4)]
    [InlineData(5, 8)]
    [InlineData(6, 8)]
    [InlineData(40, 8)]
    public void Backoff_doubles_up_to_the_cap(int retry, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), new RetryOptions().ComputeBackoff(retry, random: 0));
    }

    [Fact]
    public void Jitter_takes_off_at_most_the_jitter_ratio()
    {
        var options = new RetryOptions();
        Assert.Equal(TimeSpan.FromSeconds(0.75), options.ComputeBackoff(2, random: 1));
        Assert.Equal(TimeSpan.FromSeconds(6), options.ComputeBackoff(10, random: 1));
    }

    [Fact]
    public void Safety_defaults_follow_the_method()
    {
        Assert.Equal(RequestSafety.Idempotent, RequestSafetyOption.ForMethod(HttpMethod.Get));
        Assert.Equal(RequestSafety.Idempotent, RequestSafetyOption.ForMethod(HttpMethod.Delete));
        Assert.Equal(RequestSafety.Create, RequestSafetyOption.ForMethod(HttpMethod.Post));
        Assert.Equal(RequestSafety.Create, RequestSafetyOption.ForMethod(HttpMethod.Patch));
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("1.5", 1.5)]
    [InlineData(" 0 ", 0)]
    public void Retry_after_seconds_parse(string value, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.ParseValue(value, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Retry_after_date_uses_total_seconds_and_past_dates_mean_now()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(150), RetryAfter.ParseValue(now.AddSeconds(150).ToString("r"), now));
        Assert.Equal(TimeSpan.Zero, RetryAfter.ParseValue(now.AddSeconds(-5).ToString("r"), now));
        Assert.Null(RetryAfter.ParseValue("soon", now));
        Assert.Null(RetryAfter.ParseValue("-3", now));
    }

    [Fact]
    public void Invalid_values_are_refused_when_the_pipeline_is_built()
    {
        var options = new SeedanceClientOptions { Retry = new RetryOptions { MaxRetries = -1 } };
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedancePipeline.Create(options, "cometapi-volc"));
    }
}
