using System.Runtime.CompilerServices;
using KnowledgeGraph.Ingest.Parse;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// Turns the CLI's inputs (files, directories, http(s) URLs) into raw documents, one at a time so large
/// back-catalogues stream rather than load. Each input that cannot be read yields a failure, never an exception.
/// </summary>
public sealed class InputReader(SafeHttpFetcher fetcher, IOptions<FileInputOptions> options)
{
    private readonly FileInputOptions _options = options.Value;

    public async IAsyncEnumerable<FetchOutcome> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                yield return await fetcher.FetchAsync(uri, ct);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateDirectory(input))
                {
                    yield return await ReadFileAsync(file, ct);
                }
            }
            else if (File.Exists(input))
            {
                yield return await ReadFileAsync(input, ct);
            }
            else
            {
                yield return FetchOutcome.Failure(input, "no such file, directory or http(s) URL");
            }
        }
    }

    private IEnumerable<string> EnumerateDirectory(string directory)
    {
        var extensions = new HashSet<string>(_options.Extensions, StringComparer.OrdinalIgnoreCase);
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private async Task<FetchOutcome> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxFileBytes)
            {
                return FetchOutcome.Failure(path, $"the file is {info.Length} bytes, over the limit of {_options.MaxFileBytes}");
            }

            var bytes = await File.ReadAllBytesAsync(path, ct);
            var full = Path.GetFullPath(path);
            var name = Path.GetFileNameWithoutExtension(path);
            return FetchOutcome.Success(path, new RawDocument(full, name, bytes, MediaTypes.FromExtension(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FetchOutcome.Failure(path, ex.Message);
        }
    }
}
