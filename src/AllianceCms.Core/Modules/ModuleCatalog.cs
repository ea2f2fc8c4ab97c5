namespace AllianceCms.Core.Modules;

/// <summary>The loaded modules in dependency order (each after the modules it depends on).</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IModule> modules)
    {
        Modules = Order(modules.ToList());
    }

    public IReadOnlyList<IModule> Modules { get; }

    private static List<IModule> Order(List<IModule> modules)
    {
        var byId = new Dictionary<string, IModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Info.Id, module))
                throw new ModuleLoadException($"Module '{module.Info.Id}' is loaded twice.");
        }
        foreach (var module in modules)
        {
            foreach (var dependency in module.Info.Dependencies.Where(d => !byId.ContainsKey(d)))
                throw new ModuleLoadException($"Module '{module.Info.Id}' depends on '{dependency}', which is not loaded.");
        }

        var ordered = new List<IModule>(modules.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var module in modules.OrderBy(m => m.Info.Id, StringComparer.Ordinal)) Visit(module, []);
        return ordered;

        void Visit(IModule module, List<string> path)
        {
            if (state.TryGetValue(module.Info.Id, out var done))
            {
                // Name only the modules in the cycle, not those that merely lead into it.
                if (!done) throw new ModuleLoadException($"Modules depend on each other in a cycle: {string.Join(" → ", path.SkipWhile(id => id != module.Info.Id).Append(module.Info.Id))}.");
                return;
            }
            state[module.Info.Id] = false;
            foreach (var dependency in module.Info.Dependencies) Visit(byId[dependency], [.. path, module.Info.Id]);
            state[module.Info.Id] = true;
            ordered.Add(module);
        }
    }
}

public sealed class ModuleLoadException(string message) : InvalidOperationException(message);

/// <summary>A migration step failed; its transaction was rolled back and start-up stops.</summary>
public sealed class ModuleMigrationException(string moduleId, int step, Exception inner)
    : InvalidOperationException($"Migration step {step} of module '{moduleId}' failed: {inner.Message}", inner)
{
    public string ModuleId { get; } = moduleId;
    public int Step { get; } = step;
}
