import * as inspector from 'inspector';

/**
 * A V8 CPU profile of the thread it runs on, taken from inside: the extension
 * host is VS Code's process, so `node --cpu-prof` cannot be passed to it.
 * The profile is the `.cpuprofile` JSON that scripts/bench/profileSummary.js reads.
 */
export class CpuProfiler {
  private readonly session = new inspector.Session();

  constructor(private readonly samplingIntervalUs = 250) {}

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: this.samplingIntervalUs });
    await this.post('Profiler.start');
  }

  async stop(): Promise<object> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: object };
    this.session.disconnect();
    return profile;
  }

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
    });
  }
}
