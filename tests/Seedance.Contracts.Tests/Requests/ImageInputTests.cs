using Seedance.Contracts.Errors;
using Seedance.Contracts.Requests;
using static Seedance.Contracts.Tests.Validation.TestRequests;

namespace Seedance.Contracts.Tests.Requests;

public sealed class ImageInputTests
{
    [Fact]
    public void A_png_stream_is_accepted_and_left_at_its_position()
    {
        var stream = new MemoryStream(Png);
        var image = ImageInput.FromStream(stream, "image/PNG; charset=binary", "a.png");
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(0, stream.Position);
        Assert.False(image.IsUrl);
    }

    [Fact]
    public void Image_jpg_is_read_as_image_jpeg()
    {
        Assert.Equal("image/jpeg", ImageInput.FromStream(new MemoryStream(Jpeg), "image/jpg", "a.jpg").ContentType);
    }

    [Fact]
    public void A_non_image_stream_is_rejected_by_its_bytes()
    {
        var ex = Assert.Throws<SeedanceValidationException>(() =>
            ImageInput.FromStream(new MemoryStream("%PDF-1.7 not an image"u8.ToArray()), "image/png", "a.png"));
        var v = Assert.Single(ex.Violations);
        Assert.Equal(("image.content", "image-type"), (v.Field, v.Rule));
        Assert.StartsWith("not an image", v.Value);
    }

    [Fact]
    public void A_non_image_content_type_is_rejected()
    {
        var ex = Assert.Throws<SeedanceValidationException>(() =>
            ImageInput.FromStream(new MemoryStream(Png), "application/pdf", "a.pdf"));
        Assert.Equal("image.contentType", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void A_declared_type_that_the_bytes_contradict_is_rejected()
    {
        var ex = Assert.Throws<SeedanceValidationException>(() =>
            ImageInput.FromStream(new MemoryStream(Jpeg), "image/png", "a.png"));
        Assert.Contains("image/jpeg", Assert.Single(ex.Violations).Allowed);
    }

    [Fact]
    public void An_unreadable_stream_is_rejected()
    {
        var stream = new MemoryStream(Png);
        stream.Dispose();
        var ex = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromStream(stream, "image/png", "a.png"));
        Assert.Equal("image-stream", Assert.Single(ex.Violations).Rule);
        Assert.Contains("unreadable stream", ex.Message);
    }

    [Fact]
    public void An_empty_stream_is_rejected()
    {
        var ex = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromStream(new MemoryStream(), "image/png", "a.png"));
        Assert.Equal("empty stream", Assert.Single(ex.Violations).Value);
    }

    [Fact]
    public void A_stream_disposed_after_creation_is_caught_by_the_validator()
    {
        var stream = new MemoryStream(Png);
        var image = ImageInput.FromStream(stream, "image/png", "a.png");
        stream.Dispose();
        AssertSingle(Seedance.Contracts.Catalog.ProviderId.AceDataSeedance,
            Request("doubao-seedance-2-0-260128") with { FirstFrame = image }, "image-stream");
    }

    [Fact]
    public void A_non_seekable_stream_is_accepted_on_its_declared_type()
    {
        var image = ImageInput.FromStream(new ForwardOnlyStream(Png), "image/png", "a.png");
        Assert.Equal("image/png", image.ContentType);
    }

    [Fact]
    public void FromFile_detects_the_type_from_the_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        File.WriteAllBytes(path, Png);
        try
        {
            var image = ImageInput.FromFile(path);
            Assert.Equal("image/png", image.ContentType);
            Assert.Equal(Path.GetFileName(path), image.FileName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromFile_rejects_a_missing_file_and_a_text_file()
    {
        var missing = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromFile("/nonexistent/dir/frame.png"));
        Assert.Equal("image-file", Assert.Single(missing.Violations).Rule);

        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".png");
        File.WriteAllText(path, "hello, not an image");
        try
        {
            var ex = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromFile(path));
            Assert.Contains(ex.Violations, v => v.Rule == "image-type");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ftp://example.com/a.png")]
    [InlineData("/relative/a.png")]
    [InlineData("not a url")]
    [InlineData("file:///tmp/a.png")]
    public void FromUrl_needs_an_absolute_http_url(string url)
    {
        var ex = Assert.Throws<SeedanceValidationException>(() => ImageInput.FromUrl(url));
        Assert.Equal("image-url", Assert.Single(ex.Violations).Rule);
    }

    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
