export declare const CHROMIUM_ARGS: string[];
export declare const NO_CHROMIUM_HELP: string;
export declare function findChromium(): Promise<
  { executablePath: string | undefined; source: string } | undefined
>;
