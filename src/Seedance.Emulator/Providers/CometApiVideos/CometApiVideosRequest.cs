using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Validation;

namespace Seedance.Emulator.Providers.CometApiVideos;

/// <summary>
/// Reads the multipart form of <c>POST /v1/videos</c> (schema <c>CreateVideoRequest</c>: prompt, model,
/// seconds, size, resolution, input_reference) into the neutral <see cref="VideoRequest"/> and checks it with
/// the SDK's own validator, so the emulator refuses exactly what the SDK would.
/// </summary>
internal sealed class CometApiVideosRequest
{
    private CometApiVideosRequest(VideoRequest request, JsonObject fields, IReadOnlyList<ValidationProblem> problems)
    {
        Request = request;
        Fields = fields;
        Problems = problems;
    }

    /// <summary>The request in neutral terms.</summary>
    public VideoRequest Request { get; }

    /// <summary>The form's text fields as received (the file part by name and size), kept on the job.</summary>
    public JsonObject Fields { get; }

    /// <summary>Everything the provider would refuse; empty when the job may start.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when the form has no model at all (CometAPI's gateway answers that one itself).</summary>
    public bool ModelMissing => string.IsNullOrWhiteSpace(Request.Model);

    public static async Task<CometApiVideosRequest> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var form = await http.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<ValidationProblem>();
        var fields = new JsonObject();
        foreach (var (name, value) in form) fields[name] = value.ToString();

        string? Text(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

        int? seconds = null;
        if (Text("seconds") is { } s)
        {
            // The form carries seconds as text (seed:000's curl quotes every value); anything but an integer is refused.
            if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) seconds = parsed;
            else problems.Add(new ValidationProblem("seconds", s, "an integer number of seconds", "spec"));
        }

        ImageInput? firstFrame = null;
        if (form.Files.GetFile("input_reference") is { } file)
        {
            fields["input_reference"] = $"{file.FileName} ({file.Length} bytes, {file.ContentType})";
            // Buffered: the form's file stream is gone once the request ends, and the validator sniffs its bytes.
            var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, cancellationToken).ConfigureAwait(false);
            bytes.Position = 0;
            try
            {
                firstFrame = ImageInput.FromStream(bytes, string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, string.IsNullOrEmpty(file.FileName) ? "input_reference" : file.FileName);
            }
            catch (Seedance.Contracts.Errors.SeedanceValidationException invalid)
            {
                problems.AddRange(invalid.Violations.Select(v => v with { Field = "input_reference" }));
            }
        }

        var request = new VideoRequest
        {
            Model = Text("model") ?? "",
            Prompt = Text("prompt") ?? "",
            Duration = seconds,
            AspectRatio = Text("size"),
            Resolution = Text("resolution"),
            FirstFrame = firstFrame,
        };
        problems.AddRange(VideoRequestValidator.Validate(ProviderId.CometApiVideos, request));
        return new CometApiVideosRequest(request, fields, problems);
    }

    /// <summary>The settings the job keeps (defaults from the model's catalog entry where the form left them out).</summary>
    public IReadOnlyDictionary<string, string> Values()
    {
        ModelCatalog.TryGet(ProviderId.CometApiVideos, Request.Model, out var model);
        return new Dictionary<string, string>
        {
            ["seconds"] = (Request.Duration ?? model?.DefaultDuration ?? 5).ToString(CultureInfo.InvariantCulture),
            ["size"] = Request.AspectRatio ?? "16:9",
            ["resolution"] = Request.Resolution ?? model?.DefaultResolution ?? "720p",
        };
    }
}
