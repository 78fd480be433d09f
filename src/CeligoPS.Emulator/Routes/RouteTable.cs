using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.Routes;

/// <summary>Every route the emulator serves, registered in one place.</summary>
internal static class RouteTable
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        AccountRoutes.Map(app, emu);
        IntegrationRoutes.Map(app, emu);
        FlowRoutes.Map(app, emu);
        ErrorRoutes.Map(app, emu);
        ErrorAssignmentRoutes.Map(app, emu);
        ErrorTagRoutes.Map(app, emu);
        JobRoutes.Map(app, emu);
        CurrentJobRoutes.Map(app, emu);
        JobFileRoutes.Map(app, emu);
        RequestLogRoutes.Map(app, emu);
        RunStatsRoutes.Map(app, emu);
        ScriptLogRoutes.Map(app, emu);
        ImportInvokeRoutes.Map(app, emu);
        UserRoutes.Map(app, emu);
        ReplaceConnectionRoutes.Map(app, emu);
        RevisionRoutes.Map(app, emu);
        ConnectionRoutes.Map(app, emu);
        ResourceRoutes.Map(app, emu);
        DocumentRoutes.Map(app, emu);
        ExportInvokeRoutes.Map(app, emu);
        CloneRoutes.Map(app, emu);
        LookupCacheRoutes.Map(app, emu);
        LookupCacheDataRoutes.Map(app, emu);
        StateRoutes.Map(app, emu);
        AuditRoutes.Map(app, emu);
        FileRoutes.Map(app, emu);
        app.MapFallback((HttpContext http) => Pipeline.NotFoundRoute(http));
    }
}
