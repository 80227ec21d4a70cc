/** Shapes shared by the BuildKit rules, Stagecraft's own rules and the formatters. */

export type CheckSource = 'buildkit' | 'stagecraft';

export interface Finding {
  readonly source: CheckSource;
  /** BuildKit rule name (`JSONArgsRecommended`) or Stagecraft id (`stagecraft/unused-stage`). */
  readonly rule: string;
  /** The short message BuildKit prints after the rule name. */
  readonly message: string;
  /** The rule's description (shown with --debug and --check). */
  readonly description: string;
  /** `More info:` link; empty for InvalidBaseImagePlatform, which has no docs page. */
  readonly url: string;
  /** 1-based start line of the location. */
  readonly line: number;
  /** Last line when the location spans several lines. */
  readonly endLine?: number;
  /** `error` when `# check=error=true` turns BuildKit warnings into a failure. */
  readonly level: 'warning' | 'error';
  readonly experimental?: boolean;
}

/** What a check needs to know about a base image. Injected: the catalog lives in images/. */
export interface BaseImageFacts {
  /** Is there a /bin/sh for shell-form RUN/CMD/ENTRYPOINT? */
  readonly hasShell: boolean;
  /** Config.User; empty or absent means root. */
  readonly defaultUser?: string;
  /** Config.Env as `KEY=VALUE` (UndefinedVar treats these as defined). */
  readonly env?: readonly string[];
  /** Config.Shell; when set, shell-form CMD/ENTRYPOINT do not get JSONArgsRecommended. */
  readonly shell?: readonly string[];
  /** `os/arch[/variant]` the image was pulled for (InvalidBaseImagePlatform). */
  readonly platform?: string;
}

export type ImageFactsLookup = (reference: string) => BaseImageFacts | undefined;

export interface RuleMeta {
  readonly name: string;
  readonly description: string;
  readonly url: string;
  readonly experimental?: boolean;
}
