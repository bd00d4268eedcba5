using System.Collections.Concurrent;

namespace Course.Core.Execution;

/// <summary>Shared, immutable or thread-safe site-wide services (settings, strings, renderers), looked up by type.</summary>
public sealed class SiteServices
{
    private readonly ConcurrentDictionary<Type, object> services = new();

    public SiteServices Add<T>(T service)
        where T : class
    {
        services[typeof(T)] = service;
        return this;
    }

    /// <summary>An optional service (e.g. the preview's cache), or null.</summary>
    public T? TryGet<T>()
        where T : class =>
        services.TryGetValue(typeof(T), out object? service) ? (T)service : null;

    public T Get<T>()
        where T : class =>
        services.TryGetValue(typeof(T), out object? service)
            ? (T)service
            : throw new InvalidOperationException($"Service {typeof(T).Name} is not registered.");
}
