/**
 * A news page as a browser saves it: site navigation, a cookie banner, adverts, sharing buttons,
 * scripts and styles, an aside of related stories, a footer, and the article between them.
 */
export const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>NATO warns on Belarus deployment | The Daily Example</title>
  <meta property="article:published_time" content="2022-02-03T10:15:00Z">
  <meta name="author" content="A. Reporter">
  <link rel="stylesheet" href="https://cdn.example.com/site.css">
  <style>body { font-family: serif } .ad { display: block }</style>
  <script>window.dataLayer = []; function track() { return "Some 99,999 tracked visitors"; }</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
  <header class="site-header">
    <a class="logo" href="/">The Daily Example</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header><h1>NATO warns of the largest Russian deployment in Belarus since the Cold War</h1>
        <p class="byline">By A. Reporter · <time datetime="2022-02-03">3 February 2022</time></p></header>
      <div class="share-buttons"><button>Share on Facebook</button><a href="#">Tweet</a></div>
      <p>NATO Secretary General Jens Stoltenberg said on Thursday that Russia had moved
         some 30,000 troops into Belarus, the largest deployment there since the Cold War.</p>
      <div class="ad ad-slot" aria-label="Advertisement"><p>Best online casino bonus codes — play now!</p></div>
      <p>Joint exercises are planned from February 10 to 20, and <strong>800 battle tanks</strong>
         are expected to take part, according to &ldquo;allied sources&rdquo;.</p>
      <p>Read more: Kazakhstan reaffirms its neutrality in foreign policy</p>
      <h2>What the allies fear</h2>
      <ul>
        <li>A worsening of the crisis in eastern Ukraine.</li>
        <li>An attack on Kyiv from the north.</li>
      </ul>
      <figure><img src="https://cdn.example.com/tanks.jpg" alt="Tanks"><figcaption>Photo: Reuters/File photo</figcaption></figure>
      <p>Unemployment in Belarus was 3.9 percent in 2021.<br>The figure comes from Belstat.</p>
      <noscript><p>Enable JavaScript to see comments.</p></noscript>
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Biggest moves: SHIB, SOL fall to 4-month lows</a></li></ul></aside>
    <div hidden>Some 77,777 hidden words</div>
    <form class="newsletter"><label>Sign up for our newsletter <input type="email"></label><button>Subscribe</button></form>
  </main>
  <footer><p>© 2022 The Daily Example. All rights reserved.</p><p>Terms · Privacy</p></footer>
  <script src="https://cdn.example.com/app.js"></script>
</body>
</html>`;
