using Course.Core.Diagnostics;

namespace Course.Web.Caching;

/// <summary>A page's rendered HTML, the metadata rendering added and its diagnostics, valid while <see cref="Key"/> matches.</summary>
internal sealed record CachedRender(RenderKey Key, string Html, KeyValuePair<string, object?>[] Metadata, Diagnostic[] Diagnostics);
