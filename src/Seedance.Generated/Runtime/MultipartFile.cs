namespace Seedance.Generated.Runtime;

/// <summary>A file part of a typed multipart body: the bytes, the file name and the media type sent for it.</summary>
/// <param name="Content">The file content. The caller owns the stream; it is read once when the request is serialized.</param>
/// <param name="FileName">The file name sent in the part's <c>Content-Disposition</c>.</param>
/// <param name="ContentType">The part's media type, e.g. <c>image/png</c>.</param>
public sealed record MultipartFile(Stream Content, string FileName, string ContentType);
