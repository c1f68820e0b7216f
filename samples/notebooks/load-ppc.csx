// Loads Ppc.Modeling and Ppc.Modeling.Charts into a C# notebook from the output of `dotnet build`.
// Every notebook here starts with `#load "load-ppc.csx"`.
//
// The folder is the environment variable PPC_MODELING_BIN when it is set, else this repository's
// Debug build of Ppc.Modeling.Charts (relative to this folder, the notebook kernel's working
// directory). `#r` takes only a literal path, so this script does what `#r` does for a path read
// at run time: it adds the assemblies to the kernel's references (their managed dependencies,
// ScottPlot and MathNet.Numerics, load from the same folder), and it tells the assemblies of that
// folder where their native libraries are (runtimes/<platform>/native), such as SkiaSharp's, which
// draws the charts.
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

var ppcBin = Path.GetFullPath(Environment.GetEnvironmentVariable("PPC_MODELING_BIN")
    ?? Path.Combine("..", "..", "src", "Ppc.Modeling.Charts", "bin", "Debug", "net10.0"));
string[] ppcAssemblies = [Path.Combine(ppcBin, "Ppc.Modeling.dll"), Path.Combine(ppcBin, "Ppc.Modeling.Charts.dll")];
foreach (var assembly in ppcAssemblies)
{
    if (!File.Exists(assembly))
        throw new FileNotFoundException(
            $"{assembly} does not exist: run `dotnet build` at the repository root first, or set PPC_MODELING_BIN " +
            "to the folder that holds Ppc.Modeling.dll and Ppc.Modeling.Charts.dll.", assembly);
}

// A kernel process finds no native library of a package loaded from another folder: resolve them,
// for every assembly loaded from ppcBin (SkiaSharp and HarfBuzzSharp today), in runtimes/<platform>/native.
AppDomain.CurrentDomain.AssemblyLoad += (_, loaded) =>
{
    var assembly = loaded.LoadedAssembly;
    if (assembly.IsDynamic || !string.Equals(Path.GetDirectoryName(assembly.Location), Path.TrimEndingDirectorySeparator(ppcBin), StringComparison.OrdinalIgnoreCase)) return;
    try
    {
        NativeLibrary.SetDllImportResolver(assembly, (name, _, _) =>
        {
            foreach (var platform in new[] { RuntimeInformation.RuntimeIdentifier, RuntimeInformation.RuntimeIdentifier.Split('-')[0] })
            {
                var folder = Path.Combine(ppcBin, "runtimes", platform, "native");
                if (!Directory.Exists(folder)) continue;
                foreach (var file in Directory.EnumerateFiles(folder, name + ".*").Concat(Directory.EnumerateFiles(folder, "lib" + name + ".*")))
                    if (NativeLibrary.TryLoad(file, out var handle)) return handle;
            }
            return IntPtr.Zero;   // the runtime's own search
        });
    }
    catch (InvalidOperationException)
    {
        // The assembly has a resolver already (its own, or one set by a notebook run earlier in this process).
    }
};

((CSharpKernel)Kernel.Current).AddAssemblyReferences(ppcAssemblies);
Console.WriteLine($"Ppc.Modeling {System.Reflection.AssemblyName.GetAssemblyName(ppcAssemblies[0]).Version} loaded from {ppcBin}");
