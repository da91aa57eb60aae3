export declare function extensionArgs(extensionDir: string): string[];
