<?php
// written: after-code
// source: https://github.com/aws/aws-sdk-php/issues/1333 (a two-week link)
require 'vendor/autoload.php';

function share_link($s3, $key) {
    $cmd = $s3->getCommand('GetObject', ['Bucket' => 'share-bucket', 'Key' => $key]);
    $request = $s3->createPresignedRequest($cmd, '+2 weeks');
    return (string) $request->getUri();
}
